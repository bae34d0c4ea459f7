# Python 3.8+: what JSON loses (and what it refuses).
import json

for value in [(1, 2), {1: 'one'}, ['a', 1]]:
    back = json.loads(json.dumps(value))
    print(repr(value), '->', repr(back), 'same' if back == value else 'changed')
try:
    json.dumps({1, 2})
except TypeError as e:
    print('TypeError:', e)
