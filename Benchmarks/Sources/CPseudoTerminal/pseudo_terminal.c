// grantpt, unlockpt and ptsname_r sit behind feature macros that Swift's Glibc module does not set,
// so the benchmark reaches them through this small C target.
#define _GNU_SOURCE
#include "pseudo_terminal.h"
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

int multileader_open_pseudo_terminal(char *path, size_t size) {
  int descriptor = posix_openpt(O_RDWR | O_NOCTTY);
  if (descriptor < 0) return -1;
  if (grantpt(descriptor) != 0 || unlockpt(descriptor) != 0 || ptsname_r(descriptor, path, size) != 0) {
    close(descriptor);
    return -1;
  }
  return descriptor;
}
