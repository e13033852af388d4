"""Jobs: the database holds job state; runners (embedded threads or Celery) execute them by id."""
