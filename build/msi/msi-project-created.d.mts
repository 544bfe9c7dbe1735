export declare function msiProjectCreated(projectFile: string): Promise<void>;
export default msiProjectCreated;
