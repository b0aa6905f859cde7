// glibc's malloc statistics, which Swift's Glibc module does not expose, for memory-per-element
// figures that freed-but-resident memory cannot distort.
#include "heap_usage.h"
#include <malloc.h>

size_t multileader_heap_in_use(void) { return mallinfo2().uordblks; }
