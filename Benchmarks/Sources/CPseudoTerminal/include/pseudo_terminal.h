#pragma once
#include <stddef.h>

/// Opens a new pseudo-terminal: returns the controlling side's descriptor and writes the follower's
/// path (`/dev/pts/N`) into `path`; returns -1 with errno set on failure.
int multileader_open_pseudo_terminal(char *path, size_t size);
