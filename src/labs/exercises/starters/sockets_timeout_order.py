import socket

s = socket.socket()
s.settimeout(2)
try:
    s.connect(('silent.lab', 7))
except OSError as e:
    print('network error:', e)
except socket.timeout:
    print('timed out')
finally:
    s.close()
