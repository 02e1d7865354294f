/*
 * The benchmark's floor: an HTTP server that answers at once, with no runtime to start. The time
 * from `podman run` to its first response is the container engine's own limit on this host.
 */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
    int s = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_port = htons(8080);
    setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(s, (struct sockaddr *)&a, sizeof a) || listen(s, 16)) return 1;
    static const char r[] = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n";
    char buf[4096];
    for (;;) {
        int c = accept(s, 0, 0);
        if (c < 0) continue;
        (void)read(c, buf, sizeof buf);
        (void)write(c, r, sizeof r - 1);
        close(c);
    }
}
