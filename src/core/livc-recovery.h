/* livc-recovery.h: recovery files, written by the app's autosave and offered again after
 * a crash or a power cut. Each open assessment has its own pair in a private folder.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "livc-assessment.h"

G_BEGIN_DECLS

typedef struct
{
  char   *id;                 /* the session's recovery id */
  char   *assessment_path;    /* the recovery copy of the assessment */
  char   *original_path;      /* the file it was opened from or saved to, or NULL */
  char   *questionnaire_path; /* a questionnaire opened from a file, or NULL */
  gint64  saved_at;           /* microseconds since the epoch */
} LivcRecoveryEntry;

void        livc_recovery_entry_free  (LivcRecoveryEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LivcRecoveryEntry, livc_recovery_entry_free)

char       *livc_recovery_dir         (void);
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
GPtrArray  *livc_recovery_list        (void);
GPtrArray  *livc_recovery_list_in     (const char      *dir);

G_END_DECLS
