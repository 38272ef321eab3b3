"""The demo school that `make run` seeds so the product can be tried at once."""
