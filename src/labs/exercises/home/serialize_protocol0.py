# Python 3.8+: protocol 0 is text; protocols 2 and later start with PROTO (0x80).
import pickle
import pickletools

text = pickle.dumps(['a', 1], protocol=0)
print(text)
pickletools.dis(text)
print(pickle.dumps(['a', 1], protocol=4)[:1].hex())
print(pickle.loads(text))
