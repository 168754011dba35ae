"""Loopback stand-ins for the providers, served on 127.0.0.1 with uvicorn inside the tests."""
