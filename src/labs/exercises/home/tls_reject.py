# needs: an internet connection (Python 3.8+). A certificate rejected for its dates
# and one rejected for its name, by the client's own checks.
import socket
import ssl

ctx = ssl.create_default_context()
for host in ['expired.badssl.com', 'wrong.host.badssl.com']:
    try:
        with socket.create_connection((host, 443), timeout=5) as s:
            ctx.wrap_socket(s, server_hostname=host)
        print(host, 'accepted')
    except ssl.SSLCertVerificationError as e:
        print(host, 'rejected:', e.verify_message)
