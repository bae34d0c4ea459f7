import socket

s = socket.create_connection(('server.lab', 7))
print('connected')
s.close()
