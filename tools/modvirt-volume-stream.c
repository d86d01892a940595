/*
 * modvirt-volume-stream.c: moving volume contents through streams:
 * vol-upload, vol-download
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"
#include "modvirt.h"

#define MODVIRT_STREAM_CHUNK (256 * 1024)


static void
modvirtStreamFree(virStreamPtr st)
{
    if (st)
        virStreamFree(st);
}


/* Copy @fd into the stream until end of file. Returns 0 or -1. */
static int
modvirtStreamSendFd(virStreamPtr st, int fd)
{
    g_autofree char *buf = g_new(char, MODVIRT_STREAM_CHUNK);
    ssize_t got;

    while ((got = read(fd, buf, MODVIRT_STREAM_CHUNK)) != 0) {
        ssize_t off = 0;

        if (got < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        while (off < got) {
            int sent = virStreamSend(st, buf + off, got - off);

            if (sent == -2)
                continue;
            if (sent < 0)
                return -1;
            off += sent;
        }
    }
    return 0;
}


/* Copy the stream into @fd until its end. Returns 0 or -1. */
static int
modvirtStreamRecvFd(virStreamPtr st, int fd)
{
    g_autofree char *buf = g_new(char, MODVIRT_STREAM_CHUNK);
    int got;

    while ((got = virStreamRecv(st, buf, MODVIRT_STREAM_CHUNK)) != 0) {
        ssize_t off = 0;

        if (got == -2)
            continue;
        if (got < 0)
            return -1;
        while (off < got) {
            ssize_t done = write(fd, buf + off, got - off);

            if (done < 0 && errno == EINTR)
                continue;
            if (done < 0)
                return -1;
            off += done;
        }
    }
    return 0;
}


/* --offset and --length of both commands. Returns 0 or -1. */
static int
modvirtStreamRange(vshControl *ctl,
                   const vshCmd *cmd,
                   unsigned long long *offset,
                   unsigned long long *length)
{
    *offset = 0;
    *length = 0;
    if (vshCommandOptULongLong(ctl, cmd, "offset", offset) < 0 ||
        vshCommandOptULongLongWrap(ctl, cmd, "length", length) < 0)
        return -1;
    return 0;
}

static const vshCmdInfo infoVolUpload = {
    .help = N_("upload file contents to a volume"),
    .desc = N_("Upload file contents to a volume"),
};

static const vshCmdOptDef optsVolUpload[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("vol name, key or path") },
    { .name = "file", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("file") },
    { .name = "pool", .type = VSH_OT_STRING, .help = N_("pool name or uuid") },
    { .name = "offset", .type = VSH_OT_INT, .help = N_("volume offset to upload to") },
    { .name = "length", .type = VSH_OT_INT, .help = N_("amount of data to upload") },
    { .name = "sparse", .type = VSH_OT_BOOL, .help = N_("preserve sparseness of volume") },
    { .name = NULL }
};


static bool
modvirtUploadFd(vshControl *ctl,
                virStorageVolPtr vol,
                const char *name,
                const char *file,
                int *fd,
                unsigned long long offset,
                unsigned long long length,
                unsigned int flags)
{
    virStreamPtr st;
    bool ret = false;
    int rc;

    if (!(st = virStreamNew(modvirtConn(ctl), 0))) {
        vshError(ctl, "%s", _("cannot create a new stream"));
        return false;
    }
    if (virStorageVolUpload(vol, st, offset, length, flags) < 0) {
        vshError(ctl, _("cannot upload to volume %s"), name);
        goto done;
    }
    if (modvirtStreamSendFd(st, *fd) < 0) {
        vshError(ctl, _("cannot send data to volume %s"), name);
        goto done;
    }
    rc = close(*fd);
    *fd = -1;
    if (rc < 0) {
        vshError(ctl, _("cannot close file %s"), file);
        (void)virStreamAbort(st);
        goto done;
    }
    if (virStreamFinish(st) < 0) {
        vshError(ctl, _("cannot close volume %s"), name);
        goto done;
    }
    ret = true;

done:
    modvirtStreamFree(st);
    return ret;
}


static bool
cmdVolUpload(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStorageVol) vol = NULL;
    unsigned long long offset;
    unsigned long long length;
    const char *name = NULL;
    const char *file = NULL;
    unsigned int flags = 0;
    struct stat sb;
    bool ret;
    int fd;

    if (modvirtStreamRange(ctl, cmd, &offset, &length) < 0)
        return false;
    if (!(vol = modvirtCommandOptVol(ctl, cmd, &name)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0)
        return false;
    if ((fd = open(file, O_RDONLY | O_CLOEXEC)) < 0) {
        vshError(ctl, _("cannot read %s"), file);
        return false;
    }
    if (fstat(fd, &sb) < 0) {
        vshError(ctl, _("unable to stat %s"), file);
        (void)close(fd);
        return false;
    }
    if (vshCommandOptBool(cmd, "sparse"))
        flags |= VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM;
    ret = modvirtUploadFd(ctl, vol, name, file, &fd, offset, length, flags);
    if (fd >= 0)
        (void)close(fd);
    return ret;
}

const vshCmdDef modvirtCmdVolUpload = {
    .name = "vol-upload",
    .handler = cmdVolUpload,
    .opts = optsVolUpload,
    .info = &infoVolUpload,
};

static const vshCmdInfo infoVolDownload = {
    .help = N_("download volume contents to a file"),
    .desc = N_("Download volume contents to a file"),
};

static const vshCmdOptDef optsVolDownload[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("vol name, key or path") },
    { .name = "file", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("file") },
    { .name = "pool", .type = VSH_OT_STRING, .help = N_("pool name or uuid") },
    { .name = "offset", .type = VSH_OT_INT, .help = N_("volume offset to download from") },
    { .name = "length", .type = VSH_OT_INT, .help = N_("amount of data to download") },
    { .name = "sparse", .type = VSH_OT_BOOL, .help = N_("preserve sparseness of volume") },
    { .name = NULL }
};


static bool
modvirtDownloadFd(vshControl *ctl,
                  virStorageVolPtr vol,
                  const char *name,
                  const char *file,
                  int *fd,
                  unsigned long long offset,
                  unsigned long long length,
                  unsigned int flags)
{
    virStreamPtr st;
    bool ret = false;
    int rc;

    if (!(st = virStreamNew(modvirtConn(ctl), 0))) {
        vshError(ctl, "%s", _("cannot create a new stream"));
        return false;
    }
    if (virStorageVolDownload(vol, st, offset, length, flags) < 0) {
        vshError(ctl, _("cannot download from volume %s"), name);
        goto done;
    }
    if (modvirtStreamRecvFd(st, *fd) < 0) {
        vshError(ctl, _("cannot receive data from volume %s"), name);
        goto done;
    }
    rc = close(*fd);
    *fd = -1;
    if (rc < 0) {
        vshError(ctl, _("cannot close file %s"), file);
        (void)virStreamAbort(st);
        goto done;
    }
    if (virStreamFinish(st) < 0) {
        vshError(ctl, _("cannot close volume %s"), name);
        goto done;
    }
    ret = true;

done:
    modvirtStreamFree(st);
    return ret;
}


static bool
cmdVolDownload(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStorageVol) vol = NULL;
    unsigned long long offset;
    unsigned long long length;
    const char *name = NULL;
    const char *file = NULL;
    unsigned int flags = 0;
    bool created = true;
    struct stat sb;
    bool ret = false;
    int fd;

    if (modvirtStreamRange(ctl, cmd, &offset, &length) < 0)
        return false;
    if (!(vol = modvirtCommandOptVol(ctl, cmd, &name)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0)
        return false;
    if (vshCommandOptBool(cmd, "sparse"))
        flags |= VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM;
    if ((fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666)) < 0) {
        created = false;
        if (errno != EEXIST || (fd = open(file, O_WRONLY | O_TRUNC | O_CLOEXEC, 0666)) < 0) {
            vshError(ctl, _("cannot create %s"), file);
            return false;
        }
    }
    if (fstat(fd, &sb) < 0)
        vshError(ctl, _("unable to stat %s"), file);
    else
        ret = modvirtDownloadFd(ctl, vol, name, file, &fd, offset, length, flags);
    if (fd >= 0)
        (void)close(fd);
    if (!ret && created)
        (void)unlink(file);
    return ret;
}

const vshCmdDef modvirtCmdVolDownload = {
    .name = "vol-download",
    .handler = cmdVolDownload,
    .opts = optsVolDownload,
    .info = &infoVolDownload,
};
