from claimtrail.cli import app

app(prog_name="claimtrail")
