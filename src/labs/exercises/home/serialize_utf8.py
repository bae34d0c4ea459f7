# Python 3.8+: how many bytes does pickle store for a 2-character str?
import pickle
import pickletools

data = pickle.dumps('이름', protocol=4)
print(data.hex(' '))
pickletools.dis(data)
print(len('이름'), 'characters,', len('이름'.encode('utf-8')), 'bytes of UTF-8')
