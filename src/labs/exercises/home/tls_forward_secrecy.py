# Python 3.8+: the suites your Python offers, and which give forward secrecy (ECDHE).
import ssl

ctx = ssl.create_default_context()
for suite in ctx.get_ciphers():
    kx = suite.get('kea', '')
    print(suite['name'], '(forward secrecy)' if 'ecdhe' in kx or 'dhe' in kx or suite['protocol'] == 'TLSv1.3' else '')
