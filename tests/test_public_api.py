"""What `claimtrail` exports is what its docstring documents, and nothing is missing."""

from __future__ import annotations

import claimtrail


def test_exports_exist():
    for name in claimtrail.__all__:
        assert hasattr(claimtrail, name), name


def test_documented_functions_are_exported():
    documented = [
        line.split("(")[0].strip()
        for line in (claimtrail.__doc__ or "").splitlines()
        if "(" in line and "->" in line
    ]
    assert documented
    for name in documented:
        assert name in claimtrail.__all__, f"{name} is documented but not exported"
