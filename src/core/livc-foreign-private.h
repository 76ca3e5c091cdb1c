/* livc-foreign-private.h: content of other namespaces, kept verbatim by the loader, the
 * merge and the writer so that it survives a round trip.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *ns_href;
  char *ns_prefix;
  char *name;
  char *value;
} LivcForeignAttr;

typedef struct
{
  GPtrArray *elements;   /* char*: each a serialized element with its namespaces */
  GArray    *attributes; /* LivcForeignAttr */
} LivcForeign;

LivcForeign *livc_foreign_new        (void);
void         livc_foreign_free       (LivcForeign       *foreign);
void         livc_foreign_append     (LivcForeign       *dest,
                                      const LivcForeign *src);
gboolean     livc_foreign_is_empty   (const LivcForeign *foreign);

G_END_DECLS
