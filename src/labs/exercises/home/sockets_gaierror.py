# Python 3.8+ (any network, or none): a name nobody can resolve.
import socket

try:
    socket.gethostbyname('nowhere.invalid')
except socket.gaierror as e:
    print('socket.gaierror:', e)
