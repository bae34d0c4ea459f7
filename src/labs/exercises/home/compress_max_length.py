# Python 3.8+: max_length caps each call; unconsumed_tail holds the input not yet read.
import zlib

stream = zlib.compress(b'network ' * 125)
max_length = 200
d = zlib.decompressobj()
out = d.decompress(stream, max_length)
calls = 1
while d.unconsumed_tail:
    out += d.decompress(d.unconsumed_tail, max_length)
    calls += 1
print(len(out), 'bytes in', calls, 'calls')
