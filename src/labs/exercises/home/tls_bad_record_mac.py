# Python 3.8+: a MAC (here HMAC-SHA256) detects one flipped bit; TLS then sends
# bad_record_mac and closes.
import hashlib
import hmac

key = bytes(32)
record = b'Finished'
tag = hmac.new(key, record, hashlib.sha256).digest()
tampered = bytes([record[0] ^ 1]) + record[1:]
print(hmac.compare_digest(tag, hmac.new(key, record, hashlib.sha256).digest()))
print(hmac.compare_digest(tag, hmac.new(key, tampered, hashlib.sha256).digest()))
