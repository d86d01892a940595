/*
 * commandhelper.c: a child program for vircommandtest and virprocesstest
 *
 * Usage: commandhelper MODE [ARGS...]
 *   info [ARGS...]   print ARGS, cwd, umask, sorted environment and the
 *                    open fds, one "key=value" line each, to stdout
 *   cat              copy stdin to stdout
 *   flood N          write N bytes to stdout and N to stderr, alternating
 *                    in small chunks (fills both pipes at once)
 *   fail CODE MSG    print MSG to stderr and exit with CODE
 *   closein          close stdin at once, then sleep a little and exit 0
 *   ignoreterm       ignore SIGTERM, say "ready" on stdout, wait forever
 *   lock PATH        take a classic POSIX write lock (F_SETLK) on byte 0 of
 *                    PATH, say "locked" on stdout, hold it until stdin closes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;


static int
compareStrings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}


/* Parses a whole decimal number in 0..@max; -1 if @str is anything else. */
static long
parseNumber(const char *str, long max)
{
    char *end = NULL;
    long val;

    errno = 0;
    val = strtol(str, &end, 10);
    if (errno || end == str || *end || val < 0 || val > max)
        return -1;
    return val;
}


static int
listFds(void)
{
    DIR *dh = opendir("/proc/self/fd");
    struct dirent *ent;

    if (!dh)
        return -1;
    while ((ent = readdir(dh))) {
        long fd = parseNumber(ent->d_name, 1L << 30);

        if (fd < 0 || fd == dirfd(dh))
            continue;
        printf("fd=%ld\n", fd);
    }
    closedir(dh);
    return 0;
}


static int
doInfo(int argc, char **argv)
{
    char cwd[4096];
    size_t nenv = 0;
    size_t i;
    char **env;
    mode_t mask = umask(0);

    umask(mask);
    for (i = 2; i < (size_t)argc; i++)
        printf("arg=%s\n", argv[i]);
    if (!getcwd(cwd, sizeof(cwd)))
        return 1;
    printf("cwd=%s\n", cwd);
    printf("umask=%04o\n", (unsigned int)mask);

    while (environ[nenv])
        nenv++;
    if (!(env = calloc(nenv + 1, sizeof(char *))))
        return 1;
    memcpy(env, environ, nenv * sizeof(char *));
    qsort(env, nenv, sizeof(char *), compareStrings);
    for (i = 0; i < nenv; i++)
        printf("env=%s\n", env[i]);
    free(env);
    fflush(stdout);
    return listFds() < 0 ? 1 : 0;
}


static int
doCat(void)
{
    char buf[8192];
    ssize_t n;

    while ((n = read(STDIN_FILENO, buf, sizeof(buf))) > 0) {
        if (fwrite(buf, 1, (size_t)n, stdout) != (size_t)n)
            return 1;
    }
    return n < 0 ? 1 : 0;
}


static int
doFlood(const char *count)
{
    char out[4096];
    char err[4096];
    long total = parseNumber(count, 1L << 30);
    long done = 0;

    if (total < 0)
        return 2;

    memset(out, 'o', sizeof(out));
    memset(err, 'e', sizeof(err));
    while (done < total) {
        size_t chunk = (size_t)(total - done < 4096 ? total - done : 4096);

        if (fwrite(out, 1, chunk, stdout) != chunk || fwrite(err, 1, chunk, stderr) != chunk)
            return 1;
        fflush(stdout);
        done += (long)chunk;
    }
    return 0;
}


static int
doLock(const char *path)
{
    struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1 };
    int fd = open(path, O_RDWR | O_CREAT, 0644);
    char c;

    if (fd < 0 || fcntl(fd, F_SETLK, &fl) < 0)
        return 1;
    printf("locked\n");
    fflush(stdout);
    while (read(STDIN_FILENO, &c, 1) > 0) {
    }
    return 0;
}


int
main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    if (strcmp(argv[1], "info") == 0)
        return doInfo(argc, argv);
    if (strcmp(argv[1], "cat") == 0)
        return doCat();
    if (strcmp(argv[1], "flood") == 0 && argc == 3)
        return doFlood(argv[2]);
    if (strcmp(argv[1], "fail") == 0 && argc == 4) {
        fprintf(stderr, "%s\n", argv[3]);
        return (int)parseNumber(argv[2], 255);
    }
    if (strcmp(argv[1], "lock") == 0 && argc == 3)
        return doLock(argv[2]);
    if (strcmp(argv[1], "closein") == 0) {
        close(STDIN_FILENO);
        usleep(200 * 1000);
        return 0;
    }
    if (strcmp(argv[1], "ignoreterm") == 0) {
        signal(SIGTERM, SIG_IGN);
        printf("ready\n");
        fflush(stdout);
        for (;;)
            pause();
    }
    return 2;
}
