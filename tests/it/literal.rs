//! Integration tests: the literal parser against CPython 3.11.7 (values, set order,
//! SyntaxError messages and places), and property tests that it never panics.

use wirelab::py::literal::{parse, ErrorKind};
use wirelab::py::repr::repr;

// Recorded with `PYTHONHASHSEED=0 python3 tests/gen/gen_literal_cases.py` (CPython 3.11.7).
/// (source, repr of the value).
const VALID: &[(&str, &str)] = &[
    ("None", "None"),
    ("True", "True"),
    ("False", "False"),
    ("0", "0"),
    ("00", "0"),
    ("0_0", "0"),
    ("1_000_000", "1000000"),
    ("-1", "-1"),
    ("+1", "1"),
    ("--1", "1"),
    ("- 1", "-1"),
    ("-(1)", "-1"),
    ("+True", "1"),
    ("-True", "-1"),
    ("-False", "0"),
    ("0x_1f", "31"),
    ("0X1F", "31"),
    ("0B1", "1"),
    ("0O7", "7"),
    ("0o_7", "7"),
    ("0b1010", "10"),
    ("0xdeadbeefdeadbeefdeadbeef", "68915718021581205938132336367"),
    ("12345678901234567890123456789", "12345678901234567890123456789"),
    ("-0", "0"),
    ("1.", "1.0"),
    (".5", "0.5"),
    ("1e3", "1000.0"),
    ("1E3", "1000.0"),
    ("1_0.5", "10.5"),
    ("1.e5", "100000.0"),
    ("0.", "0.0"),
    ("00.5", "0.5"),
    ("0e0", "0.0"),
    ("1e5_0", "1e+50"),
    ("1e309", "inf"),
    ("-1e309", "-inf"),
    ("1e-400", "0.0"),
    ("-0.0", "-0.0"),
    ("0.1", "0.1"),
    ("1.5e-7", "1.5e-07"),
    ("3.141592653589793", "3.141592653589793"),
    ("2.5e-05", "2.5e-05"),
    ("1e16", "1e+16"),
    ("1e15", "1000000000000000.0"),
    ("''", "''"),
    ("\"\"", "''"),
    ("'a'", "'a'"),
    ("\"a\"", "'a'"),
    ("'''a\nb'''", "'a\\nb'"),
    ("\"\"\"x\"\"\"", "'x'"),
    ("'it\\'s'", "\"it's\""),
    ("\"it's\"", "\"it's\""),
    ("u'x'", "'x'"),
    ("U'x'", "'x'"),
    ("r'\\x'", "'\\\\x'"),
    ("R'\\n'", "'\\\\n'"),
    ("b''", "b''"),
    ("b'a'", "b'a'"),
    ("B'a'", "b'a'"),
    ("br'\\x'", "b'\\\\x'"),
    ("rb'\\x'", "b'\\\\x'"),
    ("Rb'a'", "b'a'"),
    ("bR'a'", "b'a'"),
    ("'a' 'b'", "'ab'"),
    ("b'a' b'b'", "b'ab'"),
    ("'a' r'\\n'", "'a\\\\n'"),
    ("('a'\n'b')", "'ab'"),
    ("'\\a\\b\\f\\n\\r\\t\\v'", "'\\x07\\x08\\x0c\\n\\r\\t\\x0b'"),
    ("'\\0'", "'\\x00'"),
    ("'\\7'", "'\\x07'"),
    ("'\\77'", "'?'"),
    ("'\\777'", "'ǿ'"),
    ("'\\400'", "'Ā'"),
    ("'\\8'", "'\\\\8'"),
    ("'\\q'", "'\\\\q'"),
    ("'\\x41'", "'A'"),
    ("'\\u00e9'", "'é'"),
    ("'\\U0001F600'", "'😀'"),
    ("'\\u1234'", "'ሴ'"),
    ("'\\\\'", "'\\\\'"),
    ("'\\''", "\"'\""),
    ("'\\\"'", "'\"'"),
    ("'a\\\nb'", "'ab'"),
    ("'안녕하세요'", "'안녕하세요'"),
    ("'\\안'", "'\\\\안'"),
    ("b'\\x00\\xff'", "b'\\x00\\xff'"),
    ("b'\\777'", "b'\\xff'"),
    ("b'\\u1234'", "b'\\\\u1234'"),
    ("b'\\q'", "b'\\\\q'"),
    ("'é'", "'é'"),
    ("'\\xe9'", "'é'"),
    ("[]", "[]"),
    ("[1]", "[1]"),
    ("[1,]", "[1]"),
    ("[1, 2, 3]", "[1, 2, 3]"),
    ("()", "()"),
    ("(1,)", "(1,)"),
    ("(1, 2)", "(1, 2)"),
    ("(1)", "1"),
    ("((1,),)", "((1,),)"),
    ("1,", "(1,)"),
    ("1, 2", "(1, 2)"),
    ("1,2,", "(1, 2)"),
    ("{}", "{}"),
    ("{'a': 1}", "{'a': 1}"),
    ("{1: 2,}", "{1: 2}"),
    ("{'a' 'b': 1}", "{'ab': 1}"),
    ("{1: 'a', True: 'b'}", "{1: 'b'}"),
    ("{1.0: 'x', 1: 'y'}", "{1.0: 'y'}"),
    ("{True: 1, 1.0: 2, 1: 3}", "{True: 3}"),
    ("{1, True, 1.0}", "{1}"),
    ("{1, 2, 3}", "{1, 2, 3}"),
    ("{3, 2, 1}", "{1, 2, 3}"),
    ("{1, 2}", "{1, 2}"),
    ("{2, 1}", "{1, 2}"),
    ("{-1, -2, -3}", "{-3, -1, -2}"),
    ("{0, -1, 2}", "{0, 2, -1}"),
    ("{1.5, 2.5, 0.5}", "{0.5, 1.5, 2.5}"),
    ("{'a', 'b', 'c'}", "{'c', 'a', 'b'}"),
    ("{'안녕', '하세요', 'x'}", "{'x', '안녕', '하세요'}"),
    ("{(1, 2), (3, 4), 5}", "{(1, 2), 5, (3, 4)}"),
    ("{b'a', b'b', b'c'}", "{b'c', b'a', b'b'}"),
    ("{1, 2, 3, 4}", "{1, 2, 3, 4}"),
    ("set()", "set()"),
    ("frozenset()", "frozenset()"),
    ("set([1])", "{1}"),
    ("set([3, 2, 1])", "{1, 2, 3}"),
    ("set((1, 2, 3))", "{1, 2, 3}"),
    ("set('abc')", "{'c', 'a', 'b'}"),
    ("set(b'abc')", "{97, 98, 99}"),
    ("set({1: 2, 3: 4})", "{1, 3}"),
    ("frozenset([1, 2])", "frozenset({1, 2})"),
    ("frozenset({4})", "frozenset({4})"),
    ("frozenset({1, 2, 3, 4, 5})", "frozenset({1, 2, 3, 4, 5})"),
    ("frozenset((5, 4, 3, 2, 1))", "frozenset({1, 2, 3, 4, 5})"),
    ("set({1, 2, 3, 4, 5, 6, 7, 8, 9, 10})", "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}"),
    ("frozenset(frozenset([1, 2]))", "frozenset({1, 2})"),
    ("{frozenset({1, 2}), 3, 4}", "{3, 4, frozenset({1, 2})}"),
    ("{100, 200, 300, 400, 500, 600, 700}", "{400, 700, 100, 500, 200, 600, 300}"),
    ("{-100, 7, 2305843009213693951, 2305843009213693952}", "{2305843009213693951, 2305843009213693952, -100, 7}"),
    ("{0, 37, 74, 111, 148, 185, 222, 259, 296, 333, 370, 407, 444, 481, 518, 555, 592, 629, 666, 703, 740, 777, 814, 851, 888, 925, 962, 999, 1036, 1073, 1110, 1147, 1184, 1221, 1258, 1295, 1332, 1369, 1406, 1443}", "{0, 259, 518, 777, 1036, 1295, 148, 407, 666, 925, 1184, 1443, 37, 296, 555, 814, 1073, 1332, 185, 444, 703, 962, 1221, 74, 333, 592, 851, 1110, 1369, 222, 481, 740, 999, 1258, 111, 370, 629, 888, 1147, 1406}"),
    ("{'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29'}", "{'9', '25', '23', '2', '8', '5', '10', '15', '13', '21', '6', '1', '27', '17', '3', '20', '7', '11', '28', '22', '26', '14', '24', '0', '18', '4', '16', '29', '12', '19'}"),
    ("{0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0, 11.5, 12.0}", "{0.0, 0.5, 2.0, 1.0, 1.5, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 10.0, 11.0, 12.0, 9.5, 10.5, 11.5}"),
    ("{-1, -8, -64, -512, -4096, -32768, -262144, -2097152, -16777216, -134217728, -1073741824, -8589934592, -68719476736, -549755813888, -4398046511104, -35184372088832, -281474976710656, -2251799813685248, -18014398509481984, -144115188075855872, -1152921504606846976, -9223372036854775808, -73786976294838206464, -590295810358705651712}", "{-512, -4096, -2097152, -32768, -262144, -16777216, -134217728, -1073741824, -8589934592, -68719476736, -549755813888, -4398046511104, -35184372088832, -281474976710656, -2251799813685248, -18014398509481984, -1152921504606846976, -144115188075855872, -73786976294838206464, -8, -590295810358705651712, -9223372036854775808, -1, -64}"),
    ("[1, # c\n 2]", "[1, 2]"),
    ("[1,\n2]", "[1, 2]"),
    ("1 # c", "1"),
    ("1\n", "1"),
    ("\n1", "1"),
    ("1\n\n", "1"),
    ("[1,\\\n2]", "[1, 2]"),
    ("  1", "1"),
    ("\t[1]", "[1]"),
    ("{'name': 'Kim', 'scores': [90, 85], 'ok': True}", "{'name': 'Kim', 'scores': [90, 85], 'ok': True}"),
    ("[[[[[]]]]]", "[[[[[]]]]]"),
    ("((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))", "()"),
    ("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"),
    ("{(1, (2, 3)): [4, {5: 6}]}", "{(1, (2, 3)): [4, {5: 6}]}"),
    ("[1.0, -2, 'three', b'four', None, (5,)]", "[1.0, -2, 'three', b'four', None, (5,)]"),
];

/// (source, exception, message, lineno, offset, end_lineno, end_offset); a place
/// CPython leaves unset (None or -1) is 0.
const ERRORS: &[(&str, &str, &str, usize, usize, usize, usize)] = &[
    ("", "SyntaxError", "invalid syntax", 0, 0, 0, 0),
    ("   ", "SyntaxError", "invalid syntax", 0, 0, 0, 0),
    ("[1, 2", "SyntaxError", "'[' was never closed", 1, 1, 1, 0),
    ("[1, 2)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 6, 1, 6),
    (")", "SyntaxError", "unmatched ')'", 1, 1, 1, 1),
    ("1 2", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
    ("01", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2),
    ("0_0_1", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 5),
    ("007", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 3),
    ("1_", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2),
    ("1__0", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2),
    ("0x", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2),
    ("0xg", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2),
    ("0x_", "SyntaxError", "invalid hexadecimal literal", 1, 3, 1, 3),
    ("1a", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1),
    ("1e", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1),
    ("1e+", "SyntaxError", "invalid decimal literal", 1, 3, 1, 3),
    ("1e_5", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1),
    ("1.5e", "SyntaxError", "invalid decimal literal", 1, 3, 1, 3),
    ("1.5_", "SyntaxError", "invalid decimal literal", 1, 4, 1, 4),
    ("1._5", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2),
    ("1.real", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2),
    ("0b", "SyntaxError", "invalid binary literal", 1, 2, 1, 2),
    ("0o", "SyntaxError", "invalid octal literal", 1, 2, 1, 2),
    ("0b102", "SyntaxError", "invalid digit '2' in binary literal", 1, 5, 1, 5),
    ("0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 1, 3),
    ("09", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2),
    ("'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1),
    ("\"\"\"abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1),
    ("'a\nb'", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1),
    ("'''a\nb", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 1, 1, 1),
    ("'\\x'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 4, 1, 0),
    ("'\\x4'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 5, 1, 0),
    ("'\\xg1'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 6, 1, 0),
    ("'ab\\x4'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape", 1, 7, 1, 0),
    ("'\\u12'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 6, 1, 0),
    ("'\\U1234567'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \\UXXXXXXXX escape", 1, 11, 1, 0),
    ("'\\U00110000'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 12, 1, 0),
    ("'\\N'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 4, 1, 0),
    ("'\\N{'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 5, 1, 0),
    ("'\\N{}'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 6, 1, 0),
    ("'안\\x'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \\xXX escape", 1, 5, 1, 0),
    ("'a\\\\안\\x'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 13-14: truncated \\xXX escape", 1, 8, 1, 0),
    ("b'é'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1, 1, 5),
    ("b'\\x'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 5, 1, 0),
    ("b'a\\x1'", "SyntaxError", "(value error) invalid \\x escape at position 1", 1, 7, 1, 0),
    ("'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 8, 1, 0),
    ("b'a' 'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 8, 1, 0),
    ("'\\x' b'a'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 9, 1, 0),
    ("'\\x' 1", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 6, 1, 7),
    ("1 '\\x'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 6, 1, 0),
    ("1\n2", "SyntaxError", "invalid syntax", 2, 1, 2, 2),
    ("[1,\n 2,\n  3", "SyntaxError", "'[' was never closed", 1, 1, 1, 0),
    ("(1,\n2\n", "SyntaxError", "'(' was never closed", 1, 1, 1, 0),
    ("[\n1,\n2)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 3, 2, 3, 2),
    ("1\t2", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
    ("[\t1 2]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6),
    ("[(1, 2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7),
    ("[1, (2", "SyntaxError", "'(' was never closed", 1, 5, 1, 0),
    ("[1\n, (2", "SyntaxError", "'(' was never closed", 2, 3, 2, 0),
    ("[1,\n (2, 3]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 2, 7, 2, 7),
    ("'안녕' 1", "SyntaxError", "invalid syntax", 1, 6, 1, 7),
    ("['안녕' 1]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 8),
    ("['안녕', 01]", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 12, 1, 13),
    ("('안녕', 'x", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 8, 1, 8),
    ("[1, 2]]", "SyntaxError", "unmatched ']'", 1, 7, 1, 7),
    ("[1,2]\n)", "SyntaxError", "unmatched ')'", 2, 1, 2, 1),
    ("-", "SyntaxError", "invalid syntax", 1, 0, 1, 0),
    ("[-]", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
    ("(,)", "SyntaxError", "invalid syntax", 1, 2, 1, 3),
    ("(1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
    ("{1 2}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
    ("{1: 2 3: 4}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 1, 8),
    ("{1: 2, 3: 4 5}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 11, 1, 14),
    ("{1:}", "SyntaxError", "expression expected after dictionary key and ':'", 1, 3, 1, 4),
    ("{:1}", "SyntaxError", "invalid syntax", 1, 2, 1, 3),
    ("{1:2:3}", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
    ("[1:2]", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
    ("1 ,, 2", "SyntaxError", "invalid syntax", 1, 4, 1, 5),
    ("1;", "SyntaxError", "invalid syntax", 1, 2, 1, 3),
    ("1 1 1", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
    ("[1 if]", "SyntaxError", "invalid syntax", 1, 6, 1, 7),
    ("[1, 2, 3 4, 5]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 8, 1, 11),
    ("{,}", "SyntaxError", "invalid syntax", 1, 2, 1, 3),
    ("[,]", "SyntaxError", "invalid syntax", 1, 2, 1, 3),
    ("{1:2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 7, 1, 0),
    ("{1, 2:3}", "SyntaxError", "invalid syntax", 1, 6, 1, 7),
    ("[1 2]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
    ("[1,,2]", "SyntaxError", "invalid syntax", 1, 4, 1, 5),
    ("# c", "SyntaxError", "invalid syntax", 1, 0, 1, 0),
    ("$", "SyntaxError", "invalid syntax", 1, 1, 1, 2),
    ("?", "SyntaxError", "invalid syntax", 1, 1, 1, 2),
    ("1 $", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
    ("€", "SyntaxError", "invalid character '€' (U+20AC)", 1, 1, 1, 1),
    ("[1, €]", "SyntaxError", "invalid character '€' (U+20AC)", 1, 5, 1, 5),
    ("\u{feff}1", "SyntaxError", "invalid non-printable character U+FEFF", 1, 1, 1, 1),
    ("-\n", "SyntaxError", "invalid syntax", 1, 2, 1, 2),
    ("1,,", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
    ("\n\n-", "SyntaxError", "invalid syntax", 3, 0, 3, 0),
    ("[1 2", "SyntaxError", "'[' was never closed", 1, 1, 1, 0),
    ("[1 (", "SyntaxError", "'(' was never closed", 1, 4, 1, 0),
    ("{1:2, 3 4}", "SyntaxError", "':' expected after dictionary key", 1, 7, 1, 0),
    ("{1 2: 3}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
    ("[True 1]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 8),
    ("1 +", "SyntaxError", "invalid syntax", 1, 0, 1, 0),
    ("[1 +]", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
    ("(1 + 2 3)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 9),
    ("1 2 +", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
    ("[1, 2 +", "SyntaxError", "'[' was never closed", 1, 1, 1, 0),
    ("(", "SyntaxError", "'(' was never closed", 1, 1, 1, 0),
    ("[", "SyntaxError", "'[' was never closed", 1, 1, 1, 0),
    ("{", "SyntaxError", "'{' was never closed", 1, 1, 1, 0),
    ("'", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1),
    ("[1 2] )", "SyntaxError", "unmatched ')'", 1, 7, 1, 7),
    ("[1 2 \"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 6, 1, 6),
    ("1.2.3", "SyntaxError", "invalid syntax", 1, 4, 1, 6),
    ("..5", "SyntaxError", "invalid syntax", 1, 1, 1, 2),
    (".e5", "SyntaxError", "invalid syntax", 1, 1, 1, 2),
    ("(]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, 1, 2),
    ("{)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '{'", 1, 2, 1, 2),
    ("[1]]", "SyntaxError", "unmatched ']'", 1, 4, 1, 4),
    ("1\n 2", "IndentationError", "unexpected indent", 2, 1, 2, 0),
    ("[1,\\n2]", "SyntaxError", "unexpected character after line continuation character", 1, 5, 1, 0),
    ("1 \\ 2", "SyntaxError", "unexpected character after line continuation character", 1, 4, 1, 0),
    ("'abc\\", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1),
    ("((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))", "SyntaxError", "too many nested parentheses", 1, 201, 1, 201),
    ("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "SyntaxError", "'[' was never closed", 1, 1, 1, 0),
    ("11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", "SyntaxError", "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", 1, 0, 1, 0),
    ("{[]}", "TypeError", "unhashable type: 'list'", 0, 0, 0, 0),
    ("{(1, []): 1}", "TypeError", "unhashable type: 'list'", 0, 0, 0, 0),
    ("{1, [2]}", "TypeError", "unhashable type: 'list'", 0, 0, 0, 0),
    ("{[]: 1}", "TypeError", "unhashable type: 'list'", 0, 0, 0, 0),
    ("-'a'", "TypeError", "bad operand type for unary -: 'str'", 0, 0, 0, 0),
    ("-None", "TypeError", "bad operand type for unary -: 'NoneType'", 0, 0, 0, 0),
    ("-[1]", "TypeError", "bad operand type for unary -: 'list'", 0, 0, 0, 0),
    ("+b'a'", "TypeError", "bad operand type for unary +: 'bytes'", 0, 0, 0, 0),
    ("-(1,)", "TypeError", "bad operand type for unary -: 'tuple'", 0, 0, 0, 0),
    ("set(1)", "TypeError", "'int' object is not iterable", 0, 0, 0, 0),
    ("frozenset(None)", "TypeError", "'NoneType' object is not iterable", 0, 0, 0, 0),
    ("set([[]])", "TypeError", "unhashable type: 'list'", 0, 0, 0, 0),
    ("set(1, 2)", "TypeError", "set expected at most 1 argument, got 2", 0, 0, 0, 0),
    ("frozenset([1], [2])", "TypeError", "frozenset expected at most 1 argument, got 2", 0, 0, 0, 0),
    ("[1, 2, x 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 8, 1, 11),
    ("(1)(2)", "TypeError", "'int' object is not callable", 0, 0, 0, 0),
    ("1()", "TypeError", "'int' object is not callable", 0, 0, 0, 0),
    ("()()", "TypeError", "'tuple' object is not callable", 0, 0, 0, 0),
    ("x.5{", "SyntaxError", "'{' was never closed", 1, 4, 1, 0),
    ("(('a'[])", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 8),
    ("{[][, '''t'''", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
    ("([]1-, ()", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
    ("(1. [u'z',], .5, None)", "TypeError", "'float' object is not subscriptable", 0, 0, 0, 0),
    ("'\\\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1),
    ("''\n ", "IndentationError", "unexpected indent", 2, 1, 2, 0),
    ("1안", "SyntaxError", "invalid syntax", 1, 2, 1, 3),
    ("x'\\x4'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 6, 1, 0),
    ("rx'\\x'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 6, 1, 0),
    ("(True u'z')", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 11),
    ("{b'c', ([(None)x, ()]\n,), 1e5}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 11, 1, 17),
    ("x[]", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
    ("[[{{안', r'\\x'}}]", "SyntaxError", "unexpected character after line continuation character", 1, 12, 1, 0),
    ("{.5: 안', set(): '안', 'a': True}", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 24, 1, 24),
    ("[1 -]", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
    ("{1: 2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 8, 1, 0),
];

/// Valid Python (CPython compiles it) that is code, not a literal.
const UNSUPPORTED: &[&str] = &[
    "x",
    "f(1)",
    "1+2",
    "1j",
    "1e5j",
    "0j",
    "float('inf')",
    "float('nan')",
    "~1",
    "not 1",
    "1 if 2 else 3",
    "[*[1]]",
    "{**{}}",
    "x.y",
    "1 .real",
    "True.real",
    "[1, 2][0]",
    "f'x'",
    "'\\ud800'",
    "'\\N{LATIN SMALL LETTER A}'",
    "...",
    "print",
    "[x]",
    "[1 for x in y]",
    "lambda: 1",
    "안녕",
    "[1, x, 3]",
    "------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------1",
];

/// (repr of the value, its hash) with PYTHONHASHSEED=0.
const HASHES: &[(&str, i64)] = &[
    ("True", 1),
    ("False", 0),
    ("0", 0),
    ("1", 1),
    ("-1", -2),
    ("-2", -2),
    ("2305843009213693951", 0),
    ("2305843009213693952", 1),
    ("-2305843009213693952", -2),
    ("18446744073709551621", 13),
    ("-1267650600228229401496703205376", -549755813888),
    ("1000000000000000000000000000000", 465258685558744706),
    ("0.0", 0),
    ("-0.0", 0),
    ("1.0", 1),
    ("1.5", 1152921504606846977),
    ("-1.5", -1152921504606846977),
    ("0.1", 230584300921369408),
    ("1e+300", 1224995262755759164),
    ("1e-300", 482449582752280463),
    ("5e-324", 16777216),
    ("1e+308", 156575653125701),
    ("1e309", 314159),
    ("-1e309", -314159),
    ("2.305843009213694e+18", 1),
    ("123456.789", 1819310134279660096),
    ("''", 0),
    ("'a'", 4644417185603328019),
    ("'hello'", -2096571579003691106),
    ("'안녕하세요'", 3742137321941250294),
    ("'é'", 6047309291227476195),
    ("'😀'", -3536540696076613844),
    ("'a😀'", -6970120874385731343),
    ("'Ā'", 75343234424780393),
    ("b''", 0),
    ("b'a'", 4644417185603328019),
    ("b'hello world, long enough'", -2225913006521129092),
    ("()", 5740354900026072187),
    ("(1,)", -6644214454873602895),
    ("(1, 2)", -3550055125485641917),
    ("(1, 'a', (2.5, False))", -4550591711414332332),
    ("((),)", -5486347211504344842),
    ("frozenset()", 133146708735736),
    ("frozenset({1})", -558064481276695278),
    ("frozenset({1, 2, 3})", -272375401224217160),
    ("frozenset({(1, 2), 'a'})", -3138234825583958797),
];

fn kind_name(k: ErrorKind) -> &'static str {
    match k {
        ErrorKind::SyntaxError => "SyntaxError",
        ErrorKind::IndentationError => "IndentationError",
        ErrorKind::TypeError => "TypeError",
        ErrorKind::ValueError => "ValueError",
        ErrorKind::Unsupported => "Unsupported",
    }
}

#[test]
fn valid_literals_evaluate_as_cpython() {
    let mut bad = Vec::new();
    for &(src, expect) in VALID {
        match parse(src) {
            Ok(v) if repr(&v) == expect => {}
            other => bad.push(format!("{src:?}: want {expect}, got {other:?}")),
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} differ:\n{}",
        bad.len(),
        VALID.len(),
        bad.join("\n")
    );
}

#[test]
fn errors_match_cpython() {
    let mut bad = Vec::new();
    for &(src, kind, msg, line, col, end_line, end_col) in ERRORS {
        match parse(src) {
            Err(e)
                if kind_name(e.kind) == kind
                    && e.message == msg
                    && (e.line, e.column, e.end_line, e.end_column)
                        == (line, col, end_line, end_col) => {}
            other => bad.push(format!(
                "{src:?}: want {kind}: {msg} @{line}:{col}-{end_line}:{end_col}, got {:?}",
                other.map_err(|e| format!(
                    "{}: {} @{}:{}-{}:{}",
                    kind_name(e.kind),
                    e.message,
                    e.line,
                    e.column,
                    e.end_line,
                    e.end_column
                ))
            )),
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} differ:\n{}",
        bad.len(),
        ERRORS.len(),
        bad.join("\n")
    );
}

#[test]
fn code_that_is_not_a_literal_is_unsupported() {
    for &src in UNSUPPORTED {
        match parse(src) {
            Err(e) if e.kind == ErrorKind::Unsupported => {}
            other => panic!("{src:?}: want Unsupported, got {other:?}"),
        }
    }
}

#[test]
fn hashes_match_cpython() {
    use wirelab::py::hash::hash;
    for &(src, expect) in HASHES {
        let v = parse(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        assert_eq!(hash(&v), Ok(expect), "hash({src})");
    }
    let unhashable = parse("[1]").map(|v| hash(&v).map_err(|e| e.to_string()));
    assert_eq!(unhashable, Ok(Err("unhashable type: 'list'".to_string())));
}

#[test]
fn fixture_literals_round_trip() {
    let text = include_str!("../fixtures/pickle.json");
    let fixture: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    let objects = fixture["objects"].as_array().cloned().unwrap_or_default();
    assert_eq!(objects.len(), 43);
    for o in objects {
        let literal = o["literal"].as_str().unwrap_or_default();
        let v = parse(literal).unwrap_or_else(|e| panic!("{literal}: {e}"));
        assert_eq!(repr(&v), literal);
    }
}

mod fuzz {
    //! Property tests: the parser never panics, and `parse(repr(v)) == v`.
    //! The long run: `PROPTEST_CASES=200000 cargo test --release --test it literal -- --ignored`.

    use super::{ERRORS, VALID};
    use num_bigint::BigInt;
    use proptest::prelude::*;
    use wirelab::py::hash::py_eq;
    use wirelab::py::literal::parse;
    use wirelab::py::repr::repr;
    use wirelab::py::Value;

    /// Characters that make literals: brackets, quotes, escapes, digits, Hangul.
    const ALPHABET: &[char] = &[
        '[', ']', '(', ')', '{', '}', ',', ':', '\'', '"', '\\', 'x', 'u', 'U', 'N', 'b', 'r', 'f',
        '0', '1', '7', '9', '_', '.', 'e', 'j', '-', '+', ' ', '\n', '\t', '#', 'a', '안', '😀',
        '\r', '\0', '€', '\u{feff}', 's', 'e', 't', '=', '*',
    ];

    fn soup() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(ALPHABET), 0..40)
            .prop_map(|cs| cs.into_iter().collect())
    }

    /// A known literal (valid or not) with a few characters inserted or deleted.
    fn mutated() -> impl Strategy<Value = String> {
        let seeds: Vec<&'static str> = VALID
            .iter()
            .map(|c| c.0)
            .chain(ERRORS.iter().map(|c| c.0))
            .collect();
        (
            prop::sample::select(seeds),
            prop::collection::vec(
                (
                    any::<usize>(),
                    prop::option::of(prop::sample::select(ALPHABET)),
                ),
                1..4,
            ),
        )
            .prop_map(|(seed, edits)| {
                let mut cs: Vec<char> = seed.chars().collect();
                for (at, c) in edits {
                    let at = if cs.is_empty() {
                        0
                    } else {
                        at % (cs.len() + 1)
                    };
                    match c {
                        Some(c) => cs.insert(at, c),
                        None if at < cs.len() => {
                            cs.remove(at);
                        }
                        None => {}
                    }
                }
                cs.into_iter().collect()
            })
    }

    /// Values whose repr parses back to an equal value (no sets: their order is
    /// CPython's, checked separately; no NaN or infinity: they have no literal).
    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::None),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|i| Value::Int(i.into())),
            prop::collection::vec(any::<u32>(), 1..5)
                .prop_map(|d| Value::Int(BigInt::from_slice(num_bigint::Sign::Minus, &d))),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Value::Float),
            any::<String>().prop_map(Value::Str),
            prop::collection::vec(any::<u8>(), 0..12).prop_map(Value::Bytes),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::List),
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Tuple),
                prop::collection::btree_map(any::<String>(), inner, 0..5).prop_map(|m| {
                    Value::Dict(m.into_iter().map(|(k, v)| (Value::Str(k), v)).collect())
                }),
            ]
        })
    }

    fn check_soup(src: &str) {
        // Must return (Ok or Err), never panic.
        let _ = parse(src);
    }

    fn check_round_trip(v: &Value) -> Result<(), TestCaseError> {
        let text = repr(v);
        let back = parse(&text);
        prop_assert_eq!(back.as_ref().ok(), Some(v), "{}", text);
        prop_assert_eq!(back.map(|b| repr(&b)).ok(), Some(text));
        Ok(())
    }

    fn check_set(items: &[i64]) -> Result<(), TestCaseError> {
        let src = format!(
            "{{{}}}",
            items
                .iter()
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        let v = parse(&src).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut members: Vec<Value> = Vec::new();
        for &i in items {
            let m = Value::Int(i.into());
            if !members.iter().any(|x| py_eq(x, &m)) {
                members.push(m);
            }
        }
        let want = Value::Set(members);
        prop_assert!(py_eq(&v, &want), "{}", src);
        // repr of a set parses back to an equal set (CPython's order may differ
        // between a set and eval(repr(set)): it depends on how the table grew).
        let back = parse(&repr(&v)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(py_eq(&back, &v));
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn soup_never_panics(src in soup()) { check_soup(&src); }
        #[test]
        fn mutated_never_panics(src in mutated()) { check_soup(&src); }
        #[test]
        fn arbitrary_text_never_panics(src in any::<String>()) { check_soup(&src); }
        #[test]
        fn repr_round_trips(v in value()) { check_round_trip(&v)?; }
        #[test]
        fn sets_round_trip(items in prop::collection::vec(any::<i64>(), 1..20)) { check_set(&items)?; }
    }

    proptest! {
        // The long run; PROPTEST_CASES overrides the count.
        #![proptest_config(ProptestConfig::default())]
        #[test]
        #[ignore]
        fn long_soup_never_panics(src in soup()) { check_soup(&src); }
        #[test]
        #[ignore]
        fn long_mutated_never_panics(src in mutated()) { check_soup(&src); }
        #[test]
        #[ignore]
        fn long_repr_round_trips(v in value()) { check_round_trip(&v)?; }
    }
}
