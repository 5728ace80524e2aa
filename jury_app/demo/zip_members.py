"""Zip members written the same on every machine: the demo packages' bytes depend on nothing else."""

from __future__ import annotations

import zipfile

_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_ZIP_MODE = 0o644 << 16
_ZIP_CREATE_SYSTEM = 3  # Unix, whatever the platform building the package


def zip_member(z: zipfile.ZipFile, name: str, data: bytes) -> None:
    """One member with a fixed date and attributes, whatever the machine."""
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = _ZIP_MODE
    info.create_system = _ZIP_CREATE_SYSTEM
    z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
