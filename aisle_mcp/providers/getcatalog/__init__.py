"""getcatalog.ai: asynchronous product extraction from shop URLs."""
