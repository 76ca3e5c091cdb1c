/* livc-answer-private.h: what the loader, the merge and the writer reach beyond the
 * public API: construction outside an assessment, source lines and foreign content.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-answer.h"
#include "livc-foreign-private.h"

G_BEGIN_DECLS

LivcAnswer  *livc_answer_new         (const char *item_id);
LivcAnswer  *livc_answer_new_for_instance (const char *item_id,
                                           const char *instance);
LivcAnswer  *livc_answer_copy_for    (LivcAnswer *from,
                                      const char *item_id,
                                      const char *instance);
char        *livc_answer_key         (const char *item_id,
                                      const char *instance);
const char  *livc_answer_get_key     (LivcAnswer *self);
int          livc_answer_get_line    (LivcAnswer *self);
void         livc_answer_set_line    (LivcAnswer *self,
                                      int         line);
LivcForeign *livc_answer_get_foreign (LivcAnswer *self);

G_END_DECLS
