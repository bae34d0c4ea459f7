# Python 3.8+ on one machine: nothing listens on this port, so the kernel answers RST.
import socket

s = socket.socket()
s.bind(('127.0.0.1', 0))
port = s.getsockname()[1]
s.close()                     # the port is free again: nobody listens there
try:
    socket.create_connection(('127.0.0.1', port), timeout=2)
except ConnectionRefusedError as e:
    print('refused:', e)
