/* livc-recovery.h: recovery files, written by the app's autosave and offered again after
 * a crash or a power cut. Each open assessment has its own pair in a private folder.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "livc-assessment.h"

G_BEGIN_DECLS

/* Listing the folder never takes longer than this at start; see livc_recovery_list_async. */
#define LIVC_RECOVERY_LIST_TIMEOUT_MS 10000
/* A key file is a few hundred bytes; anything larger was not written by LIVC Scan. */
#define LIVC_RECOVERY_MAX_KEY_FILE_SIZE (64 * 1024)

typedef struct
{
  char   *id;                 /* the session's recovery id */
  char   *assessment_path;    /* the recovery copy of the assessment */
  /* The file the copy was opened from or saved to, or NULL. Read from the key file: the
   * app shows it to the user, who confirms it by restoring, before Save writes there. */
  char   *original_path;
  char   *questionnaire_path; /* a questionnaire opened from a file, or NULL */
  gint64  saved_at;           /* microseconds since the epoch */
} LivcRecoveryEntry;

void        livc_recovery_entry_free  (LivcRecoveryEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LivcRecoveryEntry, livc_recovery_entry_free)

char       *livc_recovery_dir         (void);
gboolean    livc_recovery_check_dir   (const char      *dir,
                                       gboolean         create,
                                       GError         **error);
char       *livc_recovery_new_id      (void);
gboolean    livc_recovery_write       (const char      *id,
                                       LivcAssessment  *assessment,
                                       const char      *original_path,
                                       const char      *questionnaire_path,
                                       GError         **error);
gboolean    livc_recovery_note_save   (const char      *id,
                                       const char      *path,
                                       GBytes          *bytes,
                                       GError         **error);
void        livc_recovery_remove      (const char      *id);
void        livc_recovery_release     (const char      *id);
GPtrArray  *livc_recovery_list        (void);
GPtrArray  *livc_recovery_list_in     (const char      *dir);
GPtrArray  *livc_recovery_list_checked (const char     *dir,
                                        GCancellable   *cancellable,
                                        GError        **error);
void        livc_recovery_list_async  (const char          *dir,
                                       guint                timeout_ms,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
GPtrArray  *livc_recovery_list_finish (GAsyncResult    *result,
                                       GError         **error);

G_END_DECLS
