# Python 3.8+: the second 'ab' is the same object, read back from the memo (BINGET).
import pickle
import pickletools

data = pickle.dumps(['ab', 'ab'], protocol=4)
pickletools.dis(data)
print(data.count(b'ab'), 'copy of the text')
