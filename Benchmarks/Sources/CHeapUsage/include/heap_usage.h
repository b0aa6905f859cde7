#pragma once
#include <stddef.h>

/// Bytes the C heap has handed out and not yet taken back (glibc's mallinfo2().uordblks).
size_t multileader_heap_in_use(void);
