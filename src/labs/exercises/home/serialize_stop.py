# Python 3.8+: a pickle marks its own end (STOP, b'.'); load() stops there.
import io
import pickle

f = io.BytesIO(bytes.fromhex('80027d710058010000006171014b01732e6e657874'))
print(pickle.load(f))
print(f.tell())
print(f.read())
