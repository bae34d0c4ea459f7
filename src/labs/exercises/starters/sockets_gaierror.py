import socket

print(socket.gethostbyname('server.lab'))
