"""Exercise rules as pure functions: IFAS/EFAS, priority matrix, agenda timing."""
