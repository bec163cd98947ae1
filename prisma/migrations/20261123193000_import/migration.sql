-- CreateTable
CREATE TABLE "Override" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" TEXT NOT NULL,
    "blockPosition" INTEGER NOT NULL,
    "tokenPosition" INTEGER,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Override_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Occurrence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "blockId" TEXT NOT NULL,
    "senseId" INTEGER NOT NULL,
    "form" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'curated',
    CONSTRAINT "Occurrence_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Occurrence_senseId_fkey" FOREIGN KEY ("senseId") REFERENCES "Sense" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Occurrence" ("blockId", "form", "id", "senseId") SELECT "blockId", "form", "id", "senseId" FROM "Occurrence";
DROP TABLE "Occurrence";
ALTER TABLE "new_Occurrence" RENAME TO "Occurrence";
CREATE INDEX "Occurrence_blockId_idx" ON "Occurrence"("blockId");
CREATE INDEX "Occurrence_senseId_idx" ON "Occurrence"("senseId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Override_articleId_blockPosition_tokenPosition_field_key" ON "Override"("articleId", "blockPosition", "tokenPosition", "field");

