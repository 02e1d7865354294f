/*
 * The floor of a restore's page read on this machine: CRIU's restorer maps each private VMA and
 * preadv()s the checkpoint's pages file into it (criu/pie/restorer.c, "Now read the contents"), so a
 * restore pays one page fault per 4 KiB of fresh memory plus the copy. This reads a pages file the
 * same way (one preadv into a fresh private anonymous mapping) and prints the milliseconds:
 *   fresh    - as the restorer does (THP is not requested: CRIU applies MADV_HUGEPAGE after reading)
 *   touched  - into memory written beforehand (the copy alone, no first-touch faults)
 *   huge     - MADV_HUGEPAGE on the mapping first (what THP would give; only this process's memory)
 * Usage: page-read FILE MODE; prints "MODE BYTES MS HUGE_KB" (HUGE_KB: the process's AnonHugePages after
 * the read, from /proc/self/smaps_rollup: whether the kernel found huge pages to give).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    if (argc != 3) return 2;
    const char *mode = argv[2];
    int fd = open(argv[1], O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || st.st_size == 0) return 1;
    size_t n = (size_t)st.st_size, align = 2u << 20;
    char *raw = mmap(NULL, n + align, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return 1;
    /* 2 MiB aligned, as the JVM's heap is, so that huge pages can back it */
    char *p = (char *)(((unsigned long)raw + align - 1) & ~(align - 1));
    if (!strcmp(mode, "touched")) memset(p, 1, n);
    double t0 = now_ms();
    if (!strcmp(mode, "huge") && madvise(p, n, MADV_HUGEPAGE) != 0) return 1;
    struct iovec iov = {p, n};
    ssize_t r = preadv(fd, &iov, 1, 0);
    double t1 = now_ms();
    if (r != (ssize_t)n) return 1;
    long huge_kb = -1;
    char line[256];
    FILE *f = fopen("/proc/self/smaps_rollup", "r");
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "AnonHugePages: %ld kB", &huge_kb) == 1) break;
    if (f) fclose(f);
    printf("%s %zu %.2f %ld\n", mode, n, t1 - t0, huge_kb);
    return 0;
}
