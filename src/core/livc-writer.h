/* livc-writer.h: writes assessments as pretty-printed XML, atomically.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "livc-assessment.h"

G_BEGIN_DECLS

#define LIVC_WRITER_ERROR (livc_writer_error_quark ())

typedef enum
{
  LIVC_WRITER_ERROR_FAILED,
  LIVC_WRITER_ERROR_NOT_REGULAR,
  LIVC_WRITER_ERROR_TOO_LARGE,
} LivcWriterError;

GQuark    livc_writer_error_quark        (void);
GBytes   *livc_assessment_to_bytes       (LivcAssessment *assessment);
gboolean  livc_assessment_save           (LivcAssessment *assessment,
                                          const char     *path,
                                          GError        **error);
gboolean  livc_write_file_atomically     (const char     *path,
                                          const void     *data,
                                          gsize           length,
                                          GError        **error);
char     *livc_file_dup_sha256           (const char     *path);

G_END_DECLS
