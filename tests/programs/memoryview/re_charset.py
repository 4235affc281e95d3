# re compiles big character sets with memoryview(bytes).cast('I') (re._compiler's
# _bytes_to_codes), and float() of bytes.
import re

print(re.compile(r"[\u0100-\u0200a-z]+").findall("abc\u0150z!\u0300"))
print(re.compile(r"[^\u0400-\u04ffx]+").findall("ab\u0410cx\u04ffd"))
print(re.sub(r"[\u3040-\u309f]", "H", "ひらがな and カタカナ"))
