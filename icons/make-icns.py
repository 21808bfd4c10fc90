#!/usr/bin/env python3
"""Writes a macOS .icns from PNG files: the format is a header and one (type, length, PNG) record per size.

Usage: make-icns.py OUT.icns 16=pinpipe-16.png 32=pinpipe-32.png ... 1024=pinpipe-1024.png
Standard library only, so it runs wherever the icons are regenerated (no iconutil outside macOS).
"""
import struct
import sys

# Icon types that hold PNG data, by pixel size; the @2x types reuse the next size up.
TYPES = {
    16: ["icp4"],
    32: ["icp5", "ic11"],   # 32 px, and 16 pt @2x
    64: ["icp6", "ic12"],   # 64 px, and 32 pt @2x
    128: ["ic07"],
    256: ["ic08", "ic13"],  # 256 px, and 128 pt @2x
    512: ["ic09", "ic14"],  # 512 px, and 256 pt @2x
    1024: ["ic10"],         # 512 pt @2x
}
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def main(out, pairs):
    records = b""
    for pair in pairs:
        size, path = pair.split("=", 1)
        data = open(path, "rb").read()
        if not data.startswith(PNG_MAGIC):
            sys.exit(f"make-icns: {path} is not a PNG file")
        width, height = struct.unpack(">II", data[16:24])
        if (width, height) != (int(size), int(size)):
            sys.exit(f"make-icns: {path} is {width}x{height}, not {size}x{size}")
        for kind in TYPES[int(size)]:
            records += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    with open(out, "wb") as file:
        file.write(b"icns" + struct.pack(">I", 8 + len(records)) + records)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
