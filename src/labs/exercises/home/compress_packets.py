# Python 3.8+: two '.'-terminated messages in 8-byte packets; unused_data after eof.
import zlib

stream = zlib.compress(b'sparse') + b'.' + zlib.compress(b'flat') + b'.'
packets = [stream[i:i + 8] for i in range(0, len(stream), 8)]
d = zlib.decompressobj()
for n, packet in enumerate(packets, 1):
    out = d.decompress(packet)
    print(n, out, d.eof, d.unused_data)
