# Python 3.8+: the last 4 bytes of a zlib stream are the Adler-32 of the data.
import zlib

stream = bytes.fromhex('789c2bcf2c4acd494c02000bf402e7')
data = zlib.decompress(stream)
print(data)
print(stream[-4:].hex(), format(zlib.adler32(data), '08x'))
print('crc32 (gzip uses it):', format(zlib.crc32(data), '08x'))
