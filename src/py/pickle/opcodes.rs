//! The pickle opcodes, as `pickletools.opcodes` describes them.
//!
//! One constant per opcode, named as in `pickletools` (and `Lib/pickle.py`), and a table
//! in `pickletools.opcodes` order that maps a byte back to its name and protocol (both
//! read from `opinfo`, so each opcode's facts are written once).

/// `INT` (protocol 0).
pub const INT: u8 = b'I';
/// `BININT` (protocol 1).
pub const BININT: u8 = b'J';
/// `BININT1` (protocol 1).
pub const BININT1: u8 = b'K';
/// `BININT2` (protocol 1).
pub const BININT2: u8 = b'M';
/// `LONG` (protocol 0).
pub const LONG: u8 = b'L';
/// `LONG1` (protocol 2).
pub const LONG1: u8 = 0x8a;
/// `LONG4` (protocol 2).
pub const LONG4: u8 = 0x8b;
/// `STRING` (protocol 0).
pub const STRING: u8 = b'S';
/// `BINSTRING` (protocol 1).
pub const BINSTRING: u8 = b'T';
/// `SHORT_BINSTRING` (protocol 1).
pub const SHORT_BINSTRING: u8 = b'U';
/// `BINBYTES` (protocol 3).
pub const BINBYTES: u8 = b'B';
/// `SHORT_BINBYTES` (protocol 3).
pub const SHORT_BINBYTES: u8 = b'C';
/// `BINBYTES8` (protocol 4).
pub const BINBYTES8: u8 = 0x8e;
/// `BYTEARRAY8` (protocol 5).
pub const BYTEARRAY8: u8 = 0x96;
/// `NEXT_BUFFER` (protocol 5).
pub const NEXT_BUFFER: u8 = 0x97;
/// `READONLY_BUFFER` (protocol 5).
pub const READONLY_BUFFER: u8 = 0x98;
/// `NONE` (protocol 0).
pub const NONE: u8 = b'N';
/// `NEWTRUE` (protocol 2).
pub const NEWTRUE: u8 = 0x88;
/// `NEWFALSE` (protocol 2).
pub const NEWFALSE: u8 = 0x89;
/// `UNICODE` (protocol 0).
pub const UNICODE: u8 = b'V';
/// `SHORT_BINUNICODE` (protocol 4).
pub const SHORT_BINUNICODE: u8 = 0x8c;
/// `BINUNICODE` (protocol 1).
pub const BINUNICODE: u8 = b'X';
/// `BINUNICODE8` (protocol 4).
pub const BINUNICODE8: u8 = 0x8d;
/// `FLOAT` (protocol 0).
pub const FLOAT: u8 = b'F';
/// `BINFLOAT` (protocol 1).
pub const BINFLOAT: u8 = b'G';
/// `EMPTY_LIST` (protocol 1).
pub const EMPTY_LIST: u8 = b']';
/// `APPEND` (protocol 0).
pub const APPEND: u8 = b'a';
/// `APPENDS` (protocol 1).
pub const APPENDS: u8 = b'e';
/// `LIST` (protocol 0).
pub const LIST: u8 = b'l';
/// `EMPTY_TUPLE` (protocol 1).
pub const EMPTY_TUPLE: u8 = b')';
/// `TUPLE` (protocol 0).
pub const TUPLE: u8 = b't';
/// `TUPLE1` (protocol 2).
pub const TUPLE1: u8 = 0x85;
/// `TUPLE2` (protocol 2).
pub const TUPLE2: u8 = 0x86;
/// `TUPLE3` (protocol 2).
pub const TUPLE3: u8 = 0x87;
/// `EMPTY_DICT` (protocol 1).
pub const EMPTY_DICT: u8 = b'}';
/// `DICT` (protocol 0).
pub const DICT: u8 = b'd';
/// `SETITEM` (protocol 0).
pub const SETITEM: u8 = b's';
/// `SETITEMS` (protocol 1).
pub const SETITEMS: u8 = b'u';
/// `EMPTY_SET` (protocol 4).
pub const EMPTY_SET: u8 = 0x8f;
/// `ADDITEMS` (protocol 4).
pub const ADDITEMS: u8 = 0x90;
/// `FROZENSET` (protocol 4).
pub const FROZENSET: u8 = 0x91;
/// `POP` (protocol 0).
pub const POP: u8 = b'0';
/// `DUP` (protocol 0).
pub const DUP: u8 = b'2';
/// `MARK` (protocol 0).
pub const MARK: u8 = b'(';
/// `POP_MARK` (protocol 1).
pub const POP_MARK: u8 = b'1';
/// `GET` (protocol 0).
pub const GET: u8 = b'g';
/// `BINGET` (protocol 1).
pub const BINGET: u8 = b'h';
/// `LONG_BINGET` (protocol 1).
pub const LONG_BINGET: u8 = b'j';
/// `PUT` (protocol 0).
pub const PUT: u8 = b'p';
/// `BINPUT` (protocol 1).
pub const BINPUT: u8 = b'q';
/// `LONG_BINPUT` (protocol 1).
pub const LONG_BINPUT: u8 = b'r';
/// `MEMOIZE` (protocol 4).
pub const MEMOIZE: u8 = 0x94;
/// `EXT1` (protocol 2).
pub const EXT1: u8 = 0x82;
/// `EXT2` (protocol 2).
pub const EXT2: u8 = 0x83;
/// `EXT4` (protocol 2).
pub const EXT4: u8 = 0x84;
/// `GLOBAL` (protocol 0).
pub const GLOBAL: u8 = b'c';
/// `STACK_GLOBAL` (protocol 4).
pub const STACK_GLOBAL: u8 = 0x93;
/// `REDUCE` (protocol 0).
pub const REDUCE: u8 = b'R';
/// `BUILD` (protocol 0).
pub const BUILD: u8 = b'b';
/// `INST` (protocol 0).
pub const INST: u8 = b'i';
/// `OBJ` (protocol 1).
pub const OBJ: u8 = b'o';
/// `NEWOBJ` (protocol 2).
pub const NEWOBJ: u8 = 0x81;
/// `NEWOBJ_EX` (protocol 4).
pub const NEWOBJ_EX: u8 = 0x92;
/// `PROTO` (protocol 2).
pub const PROTO: u8 = 0x80;
/// `STOP` (protocol 0).
pub const STOP: u8 = b'.';
/// `FRAME` (protocol 4).
pub const FRAME: u8 = 0x95;
/// `PERSID` (protocol 0).
pub const PERSID: u8 = b'P';
/// `BINPERSID` (protocol 1).
pub const BINPERSID: u8 = b'Q';

/// One row of the opcode table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opcode {
    /// The byte on the wire.
    pub code: u8,
    /// The name `pickletools` prints.
    pub name: &'static str,
    /// The protocol that introduced it (`pickletools` `proto`).
    pub proto: u8,
}

/// Every opcode, in `pickletools.opcodes` order.
pub const OPCODES: [Opcode; 68] = [
    op(INT),
    op(BININT),
    op(BININT1),
    op(BININT2),
    op(LONG),
    op(LONG1),
    op(LONG4),
    op(STRING),
    op(BINSTRING),
    op(SHORT_BINSTRING),
    op(BINBYTES),
    op(SHORT_BINBYTES),
    op(BINBYTES8),
    op(BYTEARRAY8),
    op(NEXT_BUFFER),
    op(READONLY_BUFFER),
    op(NONE),
    op(NEWTRUE),
    op(NEWFALSE),
    op(UNICODE),
    op(SHORT_BINUNICODE),
    op(BINUNICODE),
    op(BINUNICODE8),
    op(FLOAT),
    op(BINFLOAT),
    op(EMPTY_LIST),
    op(APPEND),
    op(APPENDS),
    op(LIST),
    op(EMPTY_TUPLE),
    op(TUPLE),
    op(TUPLE1),
    op(TUPLE2),
    op(TUPLE3),
    op(EMPTY_DICT),
    op(DICT),
    op(SETITEM),
    op(SETITEMS),
    op(EMPTY_SET),
    op(ADDITEMS),
    op(FROZENSET),
    op(POP),
    op(DUP),
    op(MARK),
    op(POP_MARK),
    op(GET),
    op(BINGET),
    op(LONG_BINGET),
    op(PUT),
    op(BINPUT),
    op(LONG_BINPUT),
    op(MEMOIZE),
    op(EXT1),
    op(EXT2),
    op(EXT4),
    op(GLOBAL),
    op(STACK_GLOBAL),
    op(REDUCE),
    op(BUILD),
    op(INST),
    op(OBJ),
    op(NEWOBJ),
    op(NEWOBJ_EX),
    op(PROTO),
    op(STOP),
    op(FRAME),
    op(PERSID),
    op(BINPERSID),
];

/// One table row: its name and protocol come from `opinfo::OPCODES`, the one list
/// of opcode facts (a byte missing there fails the build, not a run).
const fn op(code: u8) -> Opcode {
    let table = super::opinfo::OPCODES;
    let mut i = 0;
    while i < table.len() {
        if table[i].code == code {
            return Opcode {
                code,
                name: table[i].name,
                proto: table[i].proto,
            };
        }
        i += 1;
    }
    panic!("an opcode byte missing from opinfo::OPCODES")
}

/// The opcode that `code` stands for, if any.
pub fn lookup(code: u8) -> Option<&'static Opcode> {
    OPCODES.iter().find(|op| op.code == code)
}

/// The `pickletools` name of the opcode `code`, or `None` for a byte that is no opcode.
pub fn name(code: u8) -> Option<&'static str> {
    lookup(code).map(|op| op.name)
}
