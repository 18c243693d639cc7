"""Parallel ingest: extraction on a Dask cluster, storage by the one client process.

`claimtrail ingest --workers N` starts a local cluster of N worker processes;
`--scheduler tcp://HOST:PORT` uses a running one. Needs the `scale` extra (Dask).
"""
