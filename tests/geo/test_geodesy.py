from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrail.geo.geodesy import destination, distance_km


def test_known_distance():
    # Damascus to Aleppo is roughly 310 km as the crow flies.
    assert distance_km(33.51, 36.29, 36.20, 37.16) == pytest.approx(310, abs=15)


@pytest.mark.parametrize(
    ("bearing", "dlat_sign", "dlon_sign"), [(0, 1, 0), (90, 0, 1), (180, -1, 0), (270, 0, -1)]
)
def test_destination_moves_along_bearing(bearing, dlat_sign, dlon_sign):
    lat, lon = destination(36.5, 40.7, bearing, 20)
    assert (lat > 36.5) - (lat < 36.5) == dlat_sign or abs(lat - 36.5) < 1e-3
    assert (lon > 40.7) - (lon < 40.7) == dlon_sign or abs(lon - 40.7) < 1e-3


@given(
    st.floats(-80, 80),
    st.floats(-179, 179),
    st.floats(0, 360),
    st.floats(0.1, 500),
)
def test_destination_is_at_the_distance(lat, lon, bearing, km):
    lat2, lon2 = destination(lat, lon, bearing, km)
    assert -90 <= lat2 <= 90 and -180 <= lon2 <= 180
    assert distance_km(lat, lon, lat2, lon2) == pytest.approx(km, rel=1e-6, abs=1e-6)
