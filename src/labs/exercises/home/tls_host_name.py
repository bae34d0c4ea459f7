# Python 3.8+: the client checks the name it asked for against subjectAltName
# (ssl.match_hostname is gone in 3.12; this is the rule it applied).
def matches(pattern, host):
    if pattern.startswith('*.'):
        label, _, rest = host.partition('.')
        return bool(label) and rest == pattern[2:]
    return pattern == host

names = ['localhost', '*.lab.example']
for host in ['localhost', 'www.lab.example', 'lab.example', 'a.b.lab.example']:
    print(host, any(matches(n, host) for n in names))
