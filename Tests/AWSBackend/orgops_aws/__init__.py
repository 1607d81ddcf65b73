"""orgops' gap fills, fault injection and test controls for moto 5.2.1 (see ../orgops_aws_server.py)."""
