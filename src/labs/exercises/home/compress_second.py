# Python 3.8+: zlib.decompress stops at the first stream; a new decompressobj reads the rest.
import zlib

stream = zlib.compress(b'sparse') + b'.' + zlib.compress(b'flat') + b'.'
print(zlib.decompress(stream))
d = zlib.decompressobj()
print(d.decompress(stream), d.unused_data)
rest = d.unused_data[1:]          # drop the '.'
d2 = zlib.decompressobj()
print(d2.decompress(rest), d2.eof, d2.unused_data)
