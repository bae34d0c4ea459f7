import socket

a = socket.socket()
a.bind(('127.0.0.1', 5000))
a.listen()
print('listening')
