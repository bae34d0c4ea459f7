# Python 3.8+ on Linux: two sockets cannot bind the same address and port.
import socket

a = socket.socket()
a.bind(('127.0.0.1', 0))
a.listen()
b = socket.socket()
try:
    b.bind(a.getsockname())
except OSError as e:
    print('OSError:', e, 'errno', e.errno)
finally:
    a.close()
    b.close()
