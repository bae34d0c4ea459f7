//! pcap export (libpcap format, LINKTYPE_ETHERNET): the pair's flights framed as
//! Ethernet/IPv4/TCP with a three-way handshake, so Wireshark reads the session.

/// Fake but valid endpoints: a private client, the server on port 443 (Wireshark's TLS).
/// A capture's n-th connection uses client port `CLIENT.2 + n`.
pub const CLIENT: ([u8; 6], [u8; 4], u16) = ([0x02, 0, 0, 0, 0, 1], [10, 0, 0, 1], 50000);
/// The server's MAC, address and port.
pub const SERVER: ([u8; 6], [u8; 4], u16) = ([0x02, 0, 0, 0, 0, 2], [10, 0, 0, 2], 443);
const MSS: usize = 1460;
const SYN: u8 = 0x02;
const FIN: u8 = 0x01;
const PSH_ACK: u8 = 0x18;
const ACK: u8 = 0x10;

/// RFC 1071 Internet checksum over `data`.
pub fn internet_checksum(data: &[u8]) -> u16 {
    let mut sum: u32 = 0;
    for chunk in data.chunks(2) {
        let word = u32::from(chunk[0]) << 8 | u32::from(chunk.get(1).copied().unwrap_or(0));
        sum = sum.wrapping_add(word);
    }
    while sum >> 16 != 0 {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    !(sum as u16)
}

struct Writer {
    out: Vec<u8>,
    ts: u64,
    /// Next sequence number of each side (client, server).
    seq: [u32; 2],
    ip_id: u16,
    client_port: u16,
}

impl Writer {
    fn packet(&mut self, from_client: bool, flags: u8, payload: &[u8]) {
        let client = (CLIENT.0, CLIENT.1, self.client_port);
        let (src, dst) = if from_client {
            (client, SERVER)
        } else {
            (SERVER, client)
        };
        let (me, peer) = if from_client { (0, 1) } else { (1, 0) };
        let ack = if flags & SYN != 0 && from_client {
            0
        } else {
            self.seq[peer]
        };
        let mut tcp = Vec::with_capacity(20 + payload.len());
        tcp.extend_from_slice(&src.2.to_be_bytes());
        tcp.extend_from_slice(&dst.2.to_be_bytes());
        tcp.extend_from_slice(&self.seq[me].to_be_bytes());
        tcp.extend_from_slice(&ack.to_be_bytes());
        tcp.push(5 << 4);
        tcp.push(if flags == SYN && from_client {
            SYN
        } else {
            flags | ACK
        });
        tcp.extend_from_slice(&65535u16.to_be_bytes());
        tcp.extend_from_slice(&[0, 0, 0, 0]);
        tcp.extend_from_slice(payload);
        // The TCP checksum covers the pseudo header (RFC 793 section 3.1).
        let mut pseudo = src.1.to_vec();
        pseudo.extend_from_slice(&dst.1);
        pseudo.extend_from_slice(&[0, 6]);
        pseudo.extend_from_slice(&(tcp.len() as u16).to_be_bytes());
        pseudo.extend_from_slice(&tcp);
        let c = internet_checksum(&pseudo);
        tcp[16..18].copy_from_slice(&c.to_be_bytes());
        let mut ip = vec![0x45, 0];
        ip.extend_from_slice(&((20 + tcp.len()) as u16).to_be_bytes());
        ip.extend_from_slice(&self.ip_id.to_be_bytes());
        ip.extend_from_slice(&[0x40, 0, 64, 6, 0, 0]);
        ip.extend_from_slice(&src.1);
        ip.extend_from_slice(&dst.1);
        let c = internet_checksum(&ip);
        ip[10..12].copy_from_slice(&c.to_be_bytes());
        ip.extend_from_slice(&tcp);
        self.ip_id = self.ip_id.wrapping_add(1);
        let mut frame = dst.0.to_vec();
        frame.extend_from_slice(&src.0);
        frame.extend_from_slice(&[0x08, 0x00]);
        frame.extend_from_slice(&ip);
        self.out
            .extend_from_slice(&((self.ts / 1_000_000) as u32).to_le_bytes());
        self.out
            .extend_from_slice(&((self.ts % 1_000_000) as u32).to_le_bytes());
        self.out
            .extend_from_slice(&(frame.len() as u32).to_le_bytes());
        self.out
            .extend_from_slice(&(frame.len() as u32).to_le_bytes());
        self.out.extend_from_slice(&frame);
        self.ts += 1000;
        let used = payload.len() as u32 + u32::from(flags & (SYN | FIN) != 0);
        self.seq[me] = self.seq[me].wrapping_add(used);
    }
}

/// A pcap file of one TCP connection carrying `flights` (`(from_client, bytes)`),
/// starting at `start_unix` seconds: SYN, SYN-ACK, ACK, the data, then FIN both ways.
pub fn write_pcap(flights: &[(bool, Vec<u8>)], start_unix: u64) -> Vec<u8> {
    write_pcap_connections(&[flights.to_vec()], start_unix)
}

/// A pcap file of several TCP connections one after the other (a resumed session is
/// a second connection), the n-th from client port `CLIENT.2 + n`.
pub fn write_pcap_connections(connections: &[Vec<(bool, Vec<u8>)>], start_unix: u64) -> Vec<u8> {
    let mut w = Writer {
        out: Vec::new(),
        ts: start_unix.saturating_mul(1_000_000),
        seq: [0x1000_0000, 0x2000_0000],
        ip_id: 1,
        client_port: CLIENT.2,
    };
    // Global header: magic, version 2.4, zone 0, sigfigs 0, snaplen, LINKTYPE_ETHERNET (1).
    w.out.extend_from_slice(&0xa1b2_c3d4u32.to_le_bytes());
    w.out.extend_from_slice(&2u16.to_le_bytes());
    w.out.extend_from_slice(&4u16.to_le_bytes());
    w.out.extend_from_slice(&[0; 8]);
    w.out.extend_from_slice(&65535u32.to_le_bytes());
    w.out.extend_from_slice(&1u32.to_le_bytes());
    for (n, flights) in connections.iter().enumerate() {
        w.client_port = CLIENT.2.wrapping_add(n as u16);
        w.seq = [0x1000_0000, 0x2000_0000];
        w.packet(true, SYN, &[]);
        w.packet(false, SYN, &[]);
        w.packet(true, ACK, &[]);
        for (from_client, bytes) in flights {
            for seg in bytes.chunks(MSS) {
                w.packet(*from_client, PSH_ACK, seg);
            }
        }
        w.packet(true, FIN, &[]);
        w.packet(false, FIN, &[]);
        w.packet(true, ACK, &[]);
    }
    w.out
}
