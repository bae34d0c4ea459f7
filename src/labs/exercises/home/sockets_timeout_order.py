# Python 3.10+ (socket.timeout is TimeoutError there; 3.8 and 3.9 differ only in the name).
import socket

server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen()
s = socket.create_connection(server.getsockname())
s.settimeout(0.5)
try:
    s.recv(10)                # the server never sends: the timeout fires
except socket.timeout:
    print('timed out')
except OSError as e:
    print('network error:', e)
finally:
    s.close()
    server.close()
print(issubclass(socket.timeout, OSError))
